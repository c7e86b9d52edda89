import { randomFrom } from "../content/seeded-random";
import { createMemoryModel, type Memory } from "../scheduling/memory-model";
import type { PlanDeck } from "./plan-deck";

// One year of one learner's reviews at one desired retention, a day at a time, as the FSRS
// simulator in Anki does (fsrs-rs simulate): each day the due cards are reviewed, recall is drawn
// from the forgetting curve, memory moves on with FSRS, and the next review is the interval at
// which recall falls to the desired retention. Same-day (re)learning steps are collapsed into the
// day's grades: each step is passed with Good, which is FSRS's short-term stability update.

export interface RetentionOutcome {
  desiredRetention: number;
  /** Grades per day, day 0 first: reviews, new cards' first grades and their same-day steps. */
  reviewsByDay: number[];
  totalReviews: number;
  /** Expected retained concepts on each of the deck's sample days (before that day's reviews). */
  retainedBySample: number[];
  /** Expected retained concepts when the horizon ends. */
  retainedAtEnd: number;
  /** Grades over the horizon per concept retained at its end; null when nothing is retained. */
  reviewsPerRetainedConcept: number | null;
}

const AGAIN = 1;
const GOOD = 3;

/** The index of the draw `u` (0-1) falls in, for probabilities adding up to 1. */
function drawn(probabilities: readonly number[], u: number): number {
  let cumulative = 0;
  for (let index = 0; index < probabilities.length - 1; index++) {
    cumulative += probabilities[index];
    if (u < cumulative) return index;
  }
  return probabilities.length - 1;
}

/** Same-day Good steps after a new card's first grade: Again and Hard start the steps, Good skips one, Easy all. */
function learningStepsAfter(rating: number, stepCount: number): number {
  if (rating === 4) return 0;
  return rating === GOOD ? Math.max(0, stepCount - 1) : stepCount;
}

export function simulateRetention(deck: PlanDeck, desiredRetention: number): RetentionOutcome {
  const { input, horizonDays, cardCount, sampleDays, weight } = deck;
  const { settings, behaviour, seed } = input;
  const model = createMemoryModel({ desiredRetention, maximumIntervalDays: settings.maximumIntervalDays, weights: settings.weights });
  const stability = deck.stability.slice();
  const difficulty = deck.difficulty.slice();
  const lastDay = deck.lastDay.slice();
  const isLearning = deck.isLearning.slice();
  const isSeen = new Uint8Array(cardCount);
  // The first sample day a card's current memory has not been counted on yet.
  const nextSample = new Int32Array(cardCount);
  const retained = new Float64Array(sampleDays.length);
  const reviews = new Int32Array(horizonDays);
  // Cards due on a day, as linked lists: head[day] is the first card, link[card] the next one.
  const head = new Int32Array(horizonDays).fill(-1);
  const link = new Int32Array(cardCount).fill(-1);
  // One random stream per card: the k-th review of a card draws the same numbers at every
  // retention, so the points of the curve differ by the retention, not by the luck of the draw.
  const random = Array.from({ length: cardCount }, (_, index) => randomFrom((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0));

  const schedule = (card: number, day: number) => {
    if (day >= horizonDays) return;
    link[card] = head[day];
    head[day] = card;
  };
  // Adds the card's recall on each sample day up to `throughDay` with the memory it has had since its last review.
  const countRetained = (card: number, throughDay: number) => {
    let sample = nextSample[card];
    while (sample < sampleDays.length && sampleDays[sample] <= throughDay) {
      retained[sample] += weight[card] * model.retrievability(sampleDays[sample] - lastDay[card], stability[card]);
      sample++;
    }
    nextSample[card] = sample;
  };
  const remember = (card: number, memory: Memory, day: number) => {
    stability[card] = memory.stability;
    difficulty[card] = memory.difficulty;
    lastDay[card] = day;
    schedule(card, day + model.intervalDays(memory.stability));
  };

  for (let card = 0; card < cardCount; card++) {
    if (deck.dueDay[card] < 0) continue;
    isSeen[card] = 1;
    schedule(card, deck.dueDay[card]);
  }

  /** Grades one due card on `day`; returns the number of grades it took. */
  const review = (card: number, day: number): number => {
    countRetained(card, day);
    const memory = { stability: stability[card], difficulty: difficulty[card] };
    // Two draws per review whatever happens, so later reviews stay aligned across retentions.
    const recallDraw = random[card]();
    const ratingDraw = random[card]();
    if (isLearning[card]) {
      isLearning[card] = 0;
      remember(card, model.next(memory, 0, GOOD), day);
      return 1;
    }
    const elapsedDays = day - lastDay[card];
    const recall = model.retrievability(elapsedDays, memory.stability);
    const rating = recallDraw < recall ? 2 + drawn(behaviour.recalledRating, ratingDraw) : AGAIN;
    let next = model.next(memory, elapsedDays, rating as 1 | 2 | 3 | 4, recall);
    let grades = 1;
    if (rating === AGAIN) {
      for (let step = 0; step < settings.relearningStepCount; step++) next = model.next(next, 0, GOOD);
      grades += settings.relearningStepCount;
    }
    remember(card, next, day);
    return grades;
  };

  /** Introduces an unseen card on `day`: its first grade, then its learning steps. */
  const learn = (card: number, day: number): number => {
    const rating = (1 + drawn(behaviour.firstRating, random[card]())) as 1 | 2 | 3 | 4;
    const steps = learningStepsAfter(rating, settings.learningStepCount);
    let memory = model.initial(rating);
    for (let step = 0; step < steps; step++) memory = model.next(memory, 0, GOOD);
    isSeen[card] = 1;
    // Unseen until today: it counts from the first sample after today.
    nextSample[card] = firstSampleAfterToday;
    remember(card, memory, day);
    return 1 + steps;
  };

  let nextNew = 0;
  let firstSampleAfterToday = 0;
  for (let day = 0; day < horizonDays; day++) {
    // The last sample day is the horizon, after every simulated day.
    while (sampleDays[firstSampleAfterToday] <= day) firstSampleAfterToday++;
    let reviewed = 0;
    let card = head[day];
    head[day] = -1;
    while (card !== -1) {
      const following = link[card];
      const isCapped = !isLearning[card] && settings.reviewsPerDay !== null && reviewed >= settings.reviewsPerDay;
      if (isCapped) {
        // Over the daily review limit: it waits for tomorrow, as the review queue leaves it.
        schedule(card, day + 1);
      } else {
        if (!isLearning[card]) reviewed++;
        reviews[day] += review(card, day);
      }
      card = following;
    }
    for (let introduced = 0; introduced < settings.newCardsPerDay && nextNew < deck.newOrder.length; introduced++) {
      reviews[day] += learn(deck.newOrder[nextNew++], day);
    }
  }
  for (let card = 0; card < cardCount; card++) if (isSeen[card]) countRetained(card, horizonDays);

  const totalReviews = reviews.reduce((sum, count) => sum + count, 0);
  const retainedAtEnd = retained[retained.length - 1];
  return {
    desiredRetention,
    reviewsByDay: Array.from(reviews),
    totalReviews,
    retainedBySample: Array.from(retained),
    retainedAtEnd,
    reviewsPerRetainedConcept: retainedAtEnd > 1e-9 ? totalReviews / retainedAtEnd : null,
  };
}
