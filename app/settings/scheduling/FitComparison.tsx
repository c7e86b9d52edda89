import type { ParameterFitView } from "@/lib/data/scheduling/parameter-fits";
import { DEFAULT_FSRS_WEIGHTS } from "@/lib/domain/scheduling/fsrs-weights";
import { ApplyFitForm } from "./ParameterForms";

const count = new Intl.NumberFormat("en-GB");
const loss = (value: number) => value.toFixed(3);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function verdict(fit: ParameterFitView): string {
  const betterLoss = fit.fittedLogLoss < fit.defaultLogLoss;
  const betterRmse = fit.fittedRmseBins < fit.defaultRmseBins;
  if (betterLoss && betterRmse) return "Your parameters predicted your latest reviews better than the defaults on both measures.";
  if (betterLoss || betterRmse) return "Your parameters predicted your latest reviews better on one measure and worse on the other: the gain is not clear yet.";
  return "Your parameters did not predict your latest reviews better than the defaults. Keeping the defaults is the safer choice for now.";
}

/** A stored fit beside the defaults, scored on reviews the check fit never saw, and the Apply form. */
export function FitComparison({ fit, fittedOn }: { fit: ParameterFitView; fittedOn: string }) {
  return (
    <div className="card fit-comparison">
      <h3>Your fit of {fittedOn}</h3>
      <table className="fit-table">
        <caption>
          Scored on your latest {count.format(fit.heldOutReviewCount)} reviews, which the check fit never saw. Lower is
          better.
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Default parameters</th>
            <th scope="col">Your parameters</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Log loss</th>
            <td>{loss(fit.defaultLogLoss)}</td>
            <td>{loss(fit.fittedLogLoss)}</td>
          </tr>
          <tr>
            <th scope="row">RMSE (bins)</th>
            <td>{percent(fit.defaultRmseBins)}</td>
            <td>{percent(fit.fittedRmseBins)}</td>
          </tr>
        </tbody>
      </table>
      <p>{verdict(fit)}</p>
      <p className="muted">
        The parameters offered were then fitted on all {count.format(fit.reviewCount)} of your daily-review grades, over{" "}
        {count.format(fit.cardCount)} cards, in {(fit.fitMs / 1000).toFixed(1)} s. Log loss measures how surprised the model
        was by each answer; RMSE (bins) how far its predicted recall was from what you actually recalled, in groups of
        similar reviews.
      </p>
      <details className="fit-weights">
        <summary>The 21 weights</summary>
        <table className="fit-table">
          <thead>
            <tr>
              <th scope="col">Weight</th>
              <th scope="col">Default</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {fit.weights.map((weight, index) => (
              <tr key={index}>
                <th scope="row">w{index}</th>
                <td>{DEFAULT_FSRS_WEIGHTS[index].toFixed(4)}</td>
                <td>{weight.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ApplyFitForm fitId={fit.id} />
    </div>
  );
}
