"use client";

import type { FormEvent, KeyboardEvent } from "react";
import type { AnswerBody, QuestionView } from "../quiz-types";

const LETTERS = "ABCD";

/** What the learner answered, in words, for the feedback that follows. */
export type Submit = (body: AnswerBody, answered: string) => void;

/**
 * The answer controls for one question, by kind. Choices are buttons (keys 1-4 or A-D, T/F are
 * handled by the runner); metric and cloze are one line (Enter submits); open and compare are a
 * text area (Ctrl+Enter submits). The first control carries data-autofocus for the runner.
 */
export function AnswerInput({
  question,
  draft,
  onDraftChange,
  onSubmit,
  isBusy,
  error,
}: {
  question: QuestionView;
  draft: string;
  onDraftChange: (text: string) => void;
  onSubmit: Submit;
  isBusy: boolean;
  error: string | null;
}) {
  const { kind, asked } = question;
  if (kind === "true-false") {
    return (
      <div className="choices choices--two" role="group" aria-label="True or false">
        <button type="button" className="choice" onClick={() => onSubmit({ value: true }, "True")} disabled={isBusy} data-autofocus>
          True <kbd>T</kbd>
        </button>
        <button type="button" className="choice" onClick={() => onSubmit({ value: false }, "False")} disabled={isBusy}>
          False <kbd>F</kbd>
        </button>
      </div>
    );
  }
  if (asked.options) {
    return (
      <ol className="choices" aria-label="Options">
        {asked.options.map((option, index) => (
          <li key={index}>
            <button type="button" className="choice" onClick={() => onSubmit({ optionIndex: index }, option)} disabled={isBusy} data-autofocus={index === 0 ? true : undefined}>
              <kbd className="choice__key" aria-hidden="true">
                {index + 1}
              </kbd>
              <span className="visually-hidden">{LETTERS[index]}: </span>
              <span>{option}</span>
            </button>
          </li>
        ))}
      </ol>
    );
  }

  const isLong = kind === "open" || kind === "compare";
  const submitText = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.trim() === "") return;
    onSubmit({ text: draft }, draft);
  };
  const onAreaKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submitText(event);
  };
  const hintId = `answer-hint-${question.questionId}`;
  const errorId = `answer-error-${question.questionId}`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const hint =
    kind === "metric"
      ? "A decimal, a fraction like 3/4, or undefined. Enter submits."
      : kind === "cloze"
        ? "The missing term. Enter submits."
        : "Answer as you would in an interview. Ctrl+Enter submits.";

  return (
    <form className="answer-form field" onSubmit={submitText} noValidate>
      <label htmlFor={`answer-${question.questionId}`}>Your answer</label>
      {isLong ? (
        <textarea
          id={`answer-${question.questionId}`}
          value={draft}
          onChange={(event) => onDraftChange(event.target.value)}
          onKeyDown={onAreaKey}
          rows={6}
          maxLength={5000}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error)}
          data-autofocus
        />
      ) : (
        <input
          id={`answer-${question.questionId}`}
          value={draft}
          onChange={(event) => onDraftChange(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={5000}
          aria-describedby={describedBy}
          aria-invalid={Boolean(error)}
          data-autofocus
        />
      )}
      <span id={hintId} className="field__hint">
        {hint}
      </span>
      {error ? (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      ) : null}
      <button type="submit" className="button answer-form__submit" disabled={isBusy || draft.trim() === ""}>
        Submit answer <kbd>{isLong ? "Ctrl+Enter" : "Enter"}</kbd>
      </button>
    </form>
  );
}
