"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { saveSettings, type SaveSettingsState } from "./actions";
import { FormField } from "../_components/FormField";
import type { UserSettingsView } from "@/lib/data/settings";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function SettingsForm({ initial, timezones }: { initial: UserSettingsView; timezones: string[] }) {
  const [state, action, isPending] = useActionState<SaveSettingsState, FormData>(saveSettings, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // Submitting through onSubmit rather than <form action> stops React from resetting the form,
  // so after a refused save the inputs still show what the user typed next to the errors.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }
  const number = (id: keyof UserSettingsView, label: string, hint: string, props: Record<string, string | number>) => (
    <FormField id={id} label={label} hint={hint} error={errors[id]}>
      {(describedBy, isInvalid) => (
        <input id={id} name={id} type="number" inputMode="decimal" required defaultValue={String(initial[id])} aria-describedby={describedBy} aria-invalid={isInvalid} {...props} />
      )}
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      {state ? (
        <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      ) : null}
      <fieldset>
        <legend>Scheduling</legend>
        <div className="grid-2">
          {number("desiredRetention", "Desired retention", "Probability of recalling a card when it is due, 0.70-0.99.", { step: "0.01", min: 0.7, max: 0.99 })}
          {number("maximumIntervalDays", "Maximum interval (days)", "The longest gap between two reviews.", { min: 1, max: 36500, step: 1 })}
          {number("newCardsPerDay", "New cards per day", "0-9999.", { min: 0, max: 9999, step: 1 })}
          {number("reviewsPerDay", "Reviews per day", "0-9999.", { min: 0, max: 9999, step: 1 })}
          <FormField id="learningSteps" label="Learning steps" hint='Space-separated, e.g. "1m 10m". Empty lets FSRS schedule at once.' error={errors.learningSteps}>
            {(describedBy, isInvalid) => (
              <input id="learningSteps" name="learningSteps" defaultValue={initial.learningSteps} maxLength={200} aria-describedby={describedBy} aria-invalid={isInvalid} />
            )}
          </FormField>
          <FormField id="relearningSteps" label="Relearning steps" hint='After a lapse, e.g. "10m".' error={errors.relearningSteps}>
            {(describedBy, isInvalid) => (
              <input id="relearningSteps" name="relearningSteps" defaultValue={initial.relearningSteps} maxLength={200} aria-describedby={describedBy} aria-invalid={isInvalid} />
            )}
          </FormField>
          {number("leechThreshold", "Leech threshold (lapses)", "A card forgotten this many times is suspended.", { min: 1, max: 99, step: 1 })}
        </div>
        <label className="checkbox">
          <input type="checkbox" name="isFuzzEnabled" defaultChecked={initial.isFuzzEnabled} />
          Fuzz intervals slightly so cards learned together do not stay bunched
        </label>
        <label className="checkbox">
          <input type="checkbox" name="includeQuizOnlyKinds" defaultChecked={initial.includeQuizOnlyKinds} />
          Include quiz-only items (metric calculations, open questions) in the daily review
        </label>
        <label className="checkbox">
          <input type="checkbox" name="isQuizFeedingScheduler" defaultChecked={initial.isQuizFeedingScheduler} />
          Let quiz answers count as reviews of their cards (the quiz is stored either way)
        </label>
      </fieldset>
      <fieldset>
        <legend>Your day</legend>
        <div className="grid-2">
          <FormField id="timezone" label="Timezone" error={errors.timezone}>
            {(describedBy, isInvalid) => (
              <select id="timezone" name="timezone" defaultValue={initial.timezone} aria-describedby={describedBy} aria-invalid={isInvalid}>
                {timezones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="dayStartHour" label="New day starts at" hint="Reviews before this hour count for the day before." error={errors.dayStartHour}>
            {(describedBy, isInvalid) => (
              <select id="dayStartHour" name="dayStartHour" defaultValue={String(initial.dayStartHour)} aria-describedby={describedBy} aria-invalid={isInvalid}>
                {HOURS.map((hour) => (
                  <option key={hour} value={hour}>
                    {String(hour).padStart(2, "0")}:00
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      </fieldset>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
