// The FSRS optimizer's work for one fit, on a worker thread of its own: converting the history
// into the binding's native objects, the check fit, scoring both weight sets on the held-out
// reviews, and the full fit. Nothing of it runs on the server's main thread, so other requests
// are served while it runs, and the collector finalizes its hundred thousand native objects
// here too (on the main thread that was a pause of up to half a second). Plain JavaScript:
// Node loads it as it is, outside Next's bundle. Messages in and out: see lib/server/fsrs-optimizer.ts.
import { parentPort, workerData } from "node:worker_threads";
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";

const { ratings, deltas, sequenceStarts, itemSequences, itemLengths, trainingCount, relearningStepCount, defaultWeights } = workerData;
let isAborted = false;
parentPort.on("message", (message) => {
  if (message === "abort") isAborted = true;
});

// Each review's native object is made once and shared by the card's items (item k holds
// reviews 1..k of its card).
const reviewsOfSequence = new Map();
function reviewsOf(sequence) {
  let reviews = reviewsOfSequence.get(sequence);
  if (!reviews) {
    const start = sequenceStarts[sequence];
    const end = sequenceStarts[sequence + 1];
    reviews = [];
    for (let index = start; index < end; index += 1) reviews.push(new FSRSBindingReview(ratings[index], deltas[index]));
    reviewsOfSequence.set(sequence, reviews);
  }
  return reviews;
}

const items = [];
for (let index = 0; index < itemSequences.length; index += 1) items.push(new FSRSBindingItem(reviewsOf(itemSequences[index]).slice(0, itemLengths[index])));

async function fit(trainSet, phase) {
  parentPort.postMessage({ type: "progress", phase, share: 0 });
  const weights = await computeParameters(trainSet, {
    enableShortTerm: true,
    numRelearningSteps: relearningStepCount,
    // A polling interval, not a limit: how often the binding checks on its training threads.
    timeout: 10,
    progress: (current, total) => {
      if (isAborted) return false;
      if (total > 0) parentPort.postMessage({ type: "progress", phase, share: Math.min(1, current / total) });
      return true;
    },
  });
  parentPort.postMessage({ type: "progress", phase, share: 1 });
  return weights;
}

const score = (weights, set) => {
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(set);
  return { logLoss, rmseBins };
};

try {
  const training = items.slice(0, trainingCount);
  const heldOut = items.slice(trainingCount);
  const checkWeights = await fit(training, "checking");
  const defaultScore = score(defaultWeights, heldOut);
  const checkScore = score(checkWeights, heldOut);
  const weights = await fit(items, "fitting");
  parentPort.postMessage({ type: "result", checkWeights, weights, defaultScore, checkScore });
} catch (error) {
  parentPort.postMessage({ type: "error", message: isAborted ? "aborted" : String(error?.message ?? error) });
}
