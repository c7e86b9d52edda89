"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "../_components/FormField";
import { createQuiz } from "./quiz-client";
import type { TopicTitle } from "./quiz-types";
import { Alert } from "../_components/Alert";

type Field = "topics" | "length" | "mode" | "timeLimitSeconds" | "isWeakSpots";
type FieldErrors = Partial<Record<Field, string>>;

/** The quiz settings. The server validates them again and picks the questions. */
export function QuizForm({
  topics,
  lengthRange,
  timeLimitRange,
}: {
  topics: TopicTitle[];
  lengthRange: { min: number; max: number };
  timeLimitRange: { min: number; max: number; default: number };
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(() => topics.map((topic) => topic.id));
  const [mode, setMode] = useState<"practice" | "mock">("practice");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [isPending, setPending] = useState(false);
  const isAll = chosen.length === topics.length;

  function toggle(topicId: string, isChecked: boolean) {
    // Kept in the knowledge base's order, whatever order they were ticked in.
    setChosen((current) => topics.map((topic) => topic.id).filter((id) => (id === topicId ? isChecked : current.includes(id))));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const settings = {
      topics: chosen,
      length: Number(form.get("length")),
      mode,
      ...(mode === "mock" ? { timeLimitSeconds: Number(form.get("timeLimitSeconds")) } : {}),
      isWeakSpots: form.get("isWeakSpots") === "on",
    };
    setPending(true);
    setMessage(undefined);
    setFieldErrors({});
    const outcome = await createQuiz(settings);
    if (outcome.ok) {
      const notice = outcome.data.hadNoHistory ? "?notice=no-history" : "";
      router.push(`/quiz/${outcome.data.quizId}${notice}`);
      return;
    }
    if (outcome.status === 401) {
      router.push(`/signin?callbackUrl=${encodeURIComponent("/quiz")}`);
      return;
    }
    const errors: FieldErrors = {};
    // "topics.3" (one unknown topic) belongs to the topics field.
    for (const issue of outcome.issues) errors[issue.path.split(".")[0] as Field] ??= issue.message;
    setFieldErrors(errors);
    setMessage(Object.keys(errors).length > 0 ? "Check the highlighted settings." : outcome.message);
    setPending(false);
  }

  return (
    <form className="stack card quiz-form" onSubmit={onSubmit} noValidate>
      <Alert message={message} />
      <fieldset aria-describedby={fieldErrors.topics ? "topics-error" : undefined}>
        <legend>Topics</legend>
        <label className="checkbox quiz-form__all">
          <input type="checkbox" checked={isAll} onChange={(event) => setChosen(event.target.checked ? topics.map((topic) => topic.id) : [])} />
          All topics
        </label>
        <div className="quiz-form__topics">
          {topics.map((topic) => (
            <label key={topic.id} className="checkbox">
              <input type="checkbox" name="topics" value={topic.id} checked={chosen.includes(topic.id)} onChange={(event) => toggle(topic.id, event.target.checked)} />
              {topic.title}
            </label>
          ))}
        </div>
        {fieldErrors.topics ? (
          <span id="topics-error" className="field__error" role="alert">
            {fieldErrors.topics}
          </span>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Mode</legend>
        <div className="quiz-form__modes">
          <label className="checkbox">
            <input type="radio" name="mode" value="practice" checked={mode === "practice"} onChange={() => setMode("practice")} />
            <span>
              Practice <span className="muted quiz-form__note">feedback after each question</span>
            </span>
          </label>
          <label className="checkbox">
            <input type="radio" name="mode" value="mock" checked={mode === "mock"} onChange={() => setMode("mock")} />
            <span>
              Mock interview <span className="muted quiz-form__note">timed, feedback at the end</span>
            </span>
          </label>
        </div>
        {fieldErrors.mode ? <span className="field__error" role="alert">{fieldErrors.mode}</span> : null}
      </fieldset>
      <div className="grid-2">
        <FormField id="quiz-length" label="Questions" hint={`${lengthRange.min}-${lengthRange.max}`} error={fieldErrors.length}>
          {(describedBy, isInvalid) => (
            <input
              id="quiz-length"
              name="length"
              type="number"
              inputMode="numeric"
              min={lengthRange.min}
              max={lengthRange.max}
              defaultValue={10}
              required
              aria-describedby={describedBy}
              aria-invalid={isInvalid}
            />
          )}
        </FormField>
        {mode === "mock" ? (
          <FormField
            id="quiz-time-limit"
            label="Seconds per question"
            hint={`${timeLimitRange.min}-${timeLimitRange.max}; the clock starts when the question appears`}
            error={fieldErrors.timeLimitSeconds}
          >
            {(describedBy, isInvalid) => (
              <input
                id="quiz-time-limit"
                name="timeLimitSeconds"
                type="number"
                inputMode="numeric"
                min={timeLimitRange.min}
                max={timeLimitRange.max}
                defaultValue={timeLimitRange.default}
                required
                aria-describedby={describedBy}
                aria-invalid={isInvalid}
              />
            )}
          </FormField>
        ) : null}
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="isWeakSpots" aria-describedby="weak-spots-hint" />
          Focus on my weak spots
        </label>
        <span id="weak-spots-hint" className="field__hint">
          Draws first from the concepts you are most likely to have forgotten.
        </span>
        {fieldErrors.isWeakSpots ? <span className="field__error" role="alert">{fieldErrors.isWeakSpots}</span> : null}
      </div>
      <button className="button quiz-form__submit" type="submit" disabled={isPending}>
        {isPending ? "Preparing your quiz…" : "Start quiz"}
      </button>
    </form>
  );
}
