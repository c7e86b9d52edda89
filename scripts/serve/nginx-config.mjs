// Renders deploy/nginx.conf.template for a listen address and a list of instance ports.
import { readFileSync } from "node:fs";
import path from "node:path";

const TEMPLATE = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../deploy/nginx.conf.template");

/** @param {{ prefix: string, listen: string, upstreamPorts: number[] }} options */
export function nginxConfig({ prefix, listen, upstreamPorts }) {
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n");
  return readFileSync(TEMPLATE, "utf8").replaceAll("{{PREFIX}}", prefix).replaceAll("{{LISTEN}}", listen).replaceAll("{{UPSTREAM_SERVERS}}", servers);
}
