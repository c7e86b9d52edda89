"use client";

import { useActionState } from "react";
import { applyFit, restoreDefaults, type ParametersActionState } from "./actions";

function Outcome({ state }: { state: ParametersActionState }) {
  if (!state) return null;
  return (
    <p className={state.ok ? "notice" : "alert"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </p>
  );
}

function RescheduleChoice({ id, label }: { id: string; label: string }) {
  return (
    <label className="checkbox" htmlFor={id}>
      <input id={id} type="checkbox" name="reschedule" aria-describedby={`${id}-hint`} />
      {label}
      <span id={`${id}-hint`} className="field__hint">
        Recomputes every reviewed card&apos;s memory and due date from its history. Off, cards keep their dates and the
        parameters apply from each card&apos;s next review.
      </span>
    </label>
  );
}

/** Apply a fit the server stored: the form carries its id only, never weights. */
export function ApplyFitForm({ fitId }: { fitId: string }) {
  const [state, action, isPending] = useActionState<ParametersActionState, FormData>(applyFit, null);
  return (
    <form action={action} className="stack parameters-form">
      <input type="hidden" name="fitId" value={fitId} />
      <RescheduleChoice id="apply-reschedule" label="Also reschedule my cards with these parameters" />
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? "Applying…" : "Apply these parameters"}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function RestoreDefaultsForm({ isPersonal }: { isPersonal: boolean }) {
  const [state, action, isPending] = useActionState<ParametersActionState, FormData>(restoreDefaults, null);
  return (
    <form action={action} className="stack parameters-form">
      {isPersonal ? <RescheduleChoice id="restore-reschedule" label="Also reschedule my cards with the defaults" /> : null}
      <div>
        <button className="button button--quiet" type="submit" disabled={isPending}>
          {isPending ? "Restoring…" : "Restore default parameters"}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}
