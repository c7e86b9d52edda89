"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type ImportState = { ok: true; message: string } | { ok: false; message: string } | null;

interface ImportedCounts {
  cardStates: number;
  reviewLogs: number;
  quizzes: number;
}

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? noun : nouns}`;

/** Uploads an export file (the file itself is the request body) and says what came of it. */
export function ImportForm() {
  const router = useRouter();
  const [state, setState] = useState<ImportState>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("exportFile");
    if (!(file instanceof File) || file.size === 0) {
      setState({ ok: false, message: "Choose the .json file made by “Export everything (JSON)”." });
      return;
    }
    setPending(true);
    setState(null);
    const response = await fetch("/api/import/account", { method: "POST", headers: { "Content-Type": "application/json" }, body: file }).catch(() => null);
    const body = await response?.json().catch(() => null);
    setPending(false);
    if (response?.ok && body?.imported) {
      const counts = body.imported as ImportedCounts;
      setState({
        ok: true,
        message: `Imported ${plural(counts.reviewLogs, "review")}, ${plural(counts.cardStates, "card state")} and ${plural(counts.quizzes, "quiz", "quizzes")}.`,
      });
      router.refresh();
    } else {
      setState({ ok: false, message: body?.error?.message ?? "The import failed. Please try again." });
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack import-form" noValidate>
      {state ? (
        <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="exportFile">Export file (JSON)</label>
        <input id="exportFile" name="exportFile" type="file" accept=".json,application/json" aria-describedby="exportFile-hint" />
        <span id="exportFile-hint" className="field__hint">
          Only into an account with no reviews or quizzes yet, such as a new one on another server.
        </span>
      </div>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
