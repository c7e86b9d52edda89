import http from "node:http";
import pg from "pg";
import { inject } from "vitest";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = Record<string, unknown>>(): T;
  /** The instance nginx chose (its X-Recall-Upstream header). */
  upstream: string | undefined;
}

/**
 * An HTTP caller from one loopback address (127.0.0.x): the proxy sees each address as a
 * different client, as it would see learners on different networks. Keeps its cookies.
 */
export class LoopbackClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly localAddress: string) {}

  request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        { method: init.method ?? "GET", localAddress: this.localAddress, headers: { ...(cookie ? { cookie } : {}), ...init.headers }, agent: false },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            for (const header of response.headers["set-cookie"] ?? []) {
              const [name, value] = header.split(";")[0].split(/=(.*)/s);
              this.cookies.set(name, value);
            }
            const body = Buffer.concat(chunks).toString("utf8");
            const upstream = response.headers["x-recall-upstream"];
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: () => JSON.parse(body), upstream: Array.isArray(upstream) ? upstream[0] : upstream });
          });
        },
      );
      request.on("error", reject);
      request.end(init.body);
    });
  }

  json(url: string, method: string, body: unknown): Promise<Reply> {
    return this.request(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }

  signUp(baseUrl: string, email: string, password = "cluster-password"): Promise<Reply> {
    return this.json(`${baseUrl}/api/signup`, "POST", { name: "Cluster learner", email, password, timezone: "UTC" });
  }

  /** A credentials sign-in through next-auth (CSRF cookie and token first). */
  async signIn(baseUrl: string, email: string, password = "cluster-password"): Promise<Reply> {
    const { csrfToken } = (await this.request(`${baseUrl}/api/auth/csrf`)).json<{ csrfToken: string }>();
    return this.request(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
  }

  get isSignedIn(): boolean {
    return [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }
}

let emailCounter = 0;
export const clusterEmail = (label: string) => `${label}-${Date.now().toString(36)}-${(emailCounter += 1)}@cluster.test`;

/** One query on the cluster's PostgreSQL database. */
export async function queryClusterDatabase<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject("clusterDatabaseUrl") });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
