// Browser-side calls to the review API. Every error comes back as the house shape
// { error: { code, message } }; a network failure is reported as status 0.
import type { ReviewSessionView } from "@/lib/domain/review/session-view";

export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

async function call<T>(path: string, init?: RequestInit): Promise<ApiOutcome<T>> {
  try {
    const response = await fetch(path, { ...init, headers: { "Content-Type": "application/json" }, cache: "no-store" });
    const body = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: body as T };
    return { ok: false, status: response.status, message: body?.error?.message ?? `Request failed (${response.status}).` };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server." };
  }
}

const query = (topic: string | null) => (topic ? `?topic=${encodeURIComponent(topic)}` : "");

export function fetchSession(topic: string | null) {
  return call<{ session: ReviewSessionView }>(`/api/review${query(topic)}`);
}

export function postGrade(topic: string | null, grade: { cardId: string; reviewId: string; rating: number; version: number; durationMs: number }) {
  return call<{ session: ReviewSessionView }>(`/api/review/grades${query(topic)}`, { method: "POST", body: JSON.stringify(grade) });
}

export function postUndo(topic: string | null) {
  return call<{ session: ReviewSessionView }>(`/api/review/undo${query(topic)}`, { method: "POST" });
}

export function postCardAction(topic: string | null, cardId: string, action: string, version: number) {
  return call<{ session: ReviewSessionView }>(`/api/cards/${encodeURIComponent(cardId)}/actions${query(topic)}`, {
    method: "POST",
    body: JSON.stringify({ action, version }),
  });
}
