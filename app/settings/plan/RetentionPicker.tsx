"use client";

import { useActionState, useEffect, useRef } from "react";
import { setDesiredRetention, type SetRetentionState } from "./actions";

export interface PickerRow {
  retention: number;
  label: string;
  reviewsPerDay: string;
  retained: string;
  cost: string;
  isCurrent: boolean;
  isOptimum: boolean;
}

/**
 * The plan's points as a table, each with a "Use" button: one form whose buttons carry their
 * retention, so Tab and Enter pick a point. After a save the message takes focus, since the
 * pressed button turns into "Your setting" and would leave focus nowhere.
 */
export function RetentionPicker({ rows }: { rows: PickerRow[] }) {
  const [state, action, isPending] = useActionState<SetRetentionState, FormData>(setDesiredRetention, null);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state) message.current?.focus();
  }, [state]);
  const optimum = rows.find((row) => row.isOptimum && !row.isCurrent);

  return (
    <form action={action} className="plan-picker" aria-busy={isPending}>
      <p ref={message} tabIndex={-1} className={state ? (state.ok ? "notice" : "alert") : "visually-hidden"} role={state?.ok === false ? "alert" : "status"}>
        {state?.message ?? ""}
      </p>
      {optimum ? (
        <p className="plan-picker__shortcut">
          <button className="button" name="desiredRetention" value={String(optimum.retention)} disabled={isPending}>
            Use {optimum.label}, the fewest reviews per retained concept
          </button>
        </p>
      ) : null}
      <div className="plan-picker__frame" role="region" aria-label="Desired retentions to choose from" tabIndex={0}>
        <table className="plan-table">
          <caption className="visually-hidden">Desired retentions: what each costs and keeps in a year</caption>
          <thead>
            <tr>
              <th scope="col">Desired retention</th>
              <th scope="col">Reviews per day</th>
              <th scope="col">Concepts retained in a year</th>
              <th scope="col">Reviews per retained concept</th>
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.retention} className={row.isCurrent ? "plan-table__row--current" : row.isOptimum ? "plan-table__row--optimum" : undefined}>
                <th scope="row">
                  <span className="plan-table__retention">{row.label}</span>
                  {row.isCurrent ? <span className="plan-flag plan-flag--current">yours</span> : null}
                  {row.isOptimum ? <span className="plan-flag plan-flag--optimum">fewest per concept</span> : null}
                </th>
                <td data-label="Per day">{row.reviewsPerDay}</td>
                <td data-label="Retained">{row.retained}</td>
                <td data-label="Per concept">{row.cost}</td>
                <td className="plan-table__action">
                  {row.isCurrent ? (
                    <span className="muted">Your setting</span>
                  ) : (
                    <button className="button button--quiet plan-table__use" name="desiredRetention" value={String(row.retention)} disabled={isPending}>
                      Use {row.label}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
