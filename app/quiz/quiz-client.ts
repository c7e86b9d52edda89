// Browser-side calls to the quiz API. Every error comes back as the house shape
// { error: { code, message, issues? } }; a network failure is reported as status 0.
import type { AnswerBody, AnswerResponse, QuizState } from "./quiz-types";

export type FieldIssue = { path: string; message: string };
export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; status: number; message: string; issues: FieldIssue[] };

async function call<T>(path: string, init?: RequestInit): Promise<ApiOutcome<T>> {
  try {
    const response = await fetch(path, { ...init, headers: { "Content-Type": "application/json" }, cache: "no-store" });
    const body = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: body as T };
    return {
      ok: false,
      status: response.status,
      message: body?.error?.message ?? `Request failed (${response.status}).`,
      issues: Array.isArray(body?.error?.issues) ? body.error.issues : [],
    };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server.", issues: [] };
  }
}

/** Like a review id: fixed when the question appears, so a double press or a retry is applied once. */
export function newAnswerId(): string {
  return crypto.randomUUID();
}

export function createQuiz(settings: { topics: string[]; length: number; mode: string; timeLimitSeconds?: number; isWeakSpots: boolean }) {
  return call<{ quizId: string; questionCount: number; hadNoHistory: boolean }>("/api/quizzes", { method: "POST", body: JSON.stringify(settings) });
}

export function fetchQuizView(quizId: string) {
  return call<QuizState>(`/api/quizzes/${encodeURIComponent(quizId)}`);
}

export function postAnswer(quizId: string, answer: { questionId: string; answerId: string } & AnswerBody) {
  return call<AnswerResponse>(`/api/quizzes/${encodeURIComponent(quizId)}/answers`, { method: "POST", body: JSON.stringify(answer) });
}

export function postRetryMissed(quizId: string) {
  return call<{ quizId: string; questionCount: number }>(`/api/quizzes/${encodeURIComponent(quizId)}/retry`, { method: "POST" });
}
