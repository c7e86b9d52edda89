import type { MasteryDashboard, TopicPanel, WeakConceptRow } from "@/lib/domain/mastery/dashboard";
import { TOPICS, type Topic } from "@/lib/domain/content/schema";
import { randomFrom } from "@/lib/domain/content/seeded-random";

// Dashboards for the /mastery page without a database: a learner with a year of history and a
// brand-new one. Deterministic for a given `now` (the seeded mulberry32 generator, no Math.random), so
// screenshots and tests see the same figures every run.

const DAY_MS = 86_400_000;
const CALENDAR_DAYS = 365;
const FORECAST_DAYS = 30;
const RECENT_DAYS = 30;
const WEEKS = 12;
const DESIRED_RETENTION = 0.9;

/** Titles and concept counts as in content/*.yaml; card counts are plausible, not exact. */
const TOPIC_FACTS: Record<Topic, { title: string; conceptsTotal: number; cardCount: number }> = {
  fundamentals: { title: "Fundamentals", conceptsTotal: 56, cardCount: 262 },
  roles: { title: "Machine learning roles", conceptsTotal: 13, cardCount: 52 },
  preprocessing: { title: "Data preprocessing", conceptsTotal: 31, cardCount: 141 },
  supervised: { title: "Supervised learning", conceptsTotal: 38, cardCount: 179 },
  unsupervised: { title: "Unsupervised learning", conceptsTotal: 26, cardCount: 118 },
  evaluation: { title: "Evaluation and ML in production", conceptsTotal: 70, cardCount: 331 },
  "deep-learning": { title: "Deep learning", conceptsTotal: 67, cardCount: 309 },
  "reinforcement-learning": { title: "Reinforcement learning", conceptsTotal: 40, cardCount: 176 },
  "computer-vision": { title: "Computer vision", conceptsTotal: 35, cardCount: 158 },
  nlp: { title: "Natural language processing", conceptsTotal: 42, cardCount: 196 },
};

/**
 * The history learner's shape per topic: mastery 12 weeks ago and now, share of concepts seen, and
 * the weight of the topic in the last 30 days' reviews and quiz answers (0: none at all, so the page
 * shows "no reviews" and "—"). Reinforcement learning was started recently and barely touched.
 */
const HISTORY_SHAPE: Record<Topic, { masteryFrom: number; masteryNow: number; seenShare: number; reviewWeight: number; quizWeight: number }> = {
  fundamentals: { masteryFrom: 0.52, masteryNow: 0.81, seenShare: 1, reviewWeight: 3, quizWeight: 3 },
  roles: { masteryFrom: 0.6, masteryNow: 0.86, seenShare: 1, reviewWeight: 1, quizWeight: 1 },
  preprocessing: { masteryFrom: 0.38, masteryNow: 0.69, seenShare: 0.94, reviewWeight: 2, quizWeight: 2 },
  supervised: { masteryFrom: 0.41, masteryNow: 0.73, seenShare: 0.92, reviewWeight: 3, quizWeight: 3 },
  unsupervised: { masteryFrom: 0.22, masteryNow: 0.55, seenShare: 0.77, reviewWeight: 2, quizWeight: 1 },
  evaluation: { masteryFrom: 0.3, masteryNow: 0.62, seenShare: 0.83, reviewWeight: 4, quizWeight: 4 },
  "deep-learning": { masteryFrom: 0.18, masteryNow: 0.49, seenShare: 0.66, reviewWeight: 4, quizWeight: 2 },
  "reinforcement-learning": { masteryFrom: 0, masteryNow: 0.06, seenShare: 0.1, reviewWeight: 0, quizWeight: 0 },
  "computer-vision": { masteryFrom: 0.08, masteryNow: 0.31, seenShare: 0.4, reviewWeight: 1, quizWeight: 0 },
  nlp: { masteryFrom: 0.12, masteryNow: 0.38, seenShare: 0.52, reviewWeight: 2, quizWeight: 1 },
};

/** Real concept ids and terms from content/*.yaml, weakest first. */
const WEAK_CONCEPTS: [conceptId: string, title: string, topic: Topic][] = [
  ["vanishing-gradient-problem", "vanishing gradient problem", "deep-learning"],
  ["probability-calibration", "probability calibration", "evaluation"],
  ["kernel-trick", "kernel trick", "supervised"],
  ["attention-mechanism", "attention mechanism", "deep-learning"],
  ["t-sne", "t-SNE", "unsupervised"],
  ["auc", "AUC", "evaluation"],
  ["word2vec", "word2vec", "nlp"],
  ["batch-normalization", "batch normalization", "deep-learning"],
  ["dbscan", "DBSCAN", "unsupervised"],
  ["tf-idf", "TF-IDF", "nlp"],
];

/** The learner's calendar date `offsetDays` from `now` (UTC learner). */
function dateAt(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

function weeks(now: Date): MasteryDashboard["weekly"]["weeks"] {
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: WEEKS }, (_, index) => {
    const back = WEEKS - 1 - index;
    const mondayMs = todayStart - (sinceMonday + 7 * back) * DAY_MS;
    return {
      startDate: new Date(mondayMs).toISOString().slice(0, 10),
      measuredAt: back === 0 ? now.toISOString() : new Date(mondayMs + 7 * DAY_MS).toISOString(),
    };
  });
}

function streaks(counts: number[]): { currentStreak: number; longestStreak: number } {
  let longestStreak = 0;
  let run = 0;
  for (const count of counts) {
    run = count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  let currentStreak = 0;
  const last = counts.length - 1;
  for (let index = counts[last] > 0 ? last : last - 1; index >= 0 && counts[index] > 0; index--) currentStreak += 1;
  return { currentStreak, longestStreak };
}

/**
 * Reviews per day for the last 365 days: started 340 days ago, studies most days with thinner
 * weekends, a two-week holiday five months ago, a bad fortnight of gaps, and a streak running to today.
 */
function reviewCounts(now: Date, random: () => number): number[] {
  return Array.from({ length: CALENDAR_DAYS }, (_, index) => {
    const daysAgo = CALENDAR_DAYS - 1 - index;
    if (daysAgo > 340) return 0;
    if (daysAgo >= 150 && daysAgo < 164) return 0;
    if (daysAgo < 17) return 12 + Math.floor(random() * 48);
    const weekday = new Date(now.getTime() - daysAgo * DAY_MS).getUTCDay();
    const isWeekend = weekday === 0 || weekday === 6;
    const studyChance = daysAgo >= 60 && daysAgo < 75 ? 0.4 : isWeekend ? 0.55 : 0.88;
    if (random() > studyChance) return 0;
    const rampUp = Math.min(1, (341 - daysAgo) / 40);
    return Math.max(1, Math.round((8 + random() * 60) * rampUp));
  });
}

function splitByRating(total: number, random: () => number): { again: number; hard: number; good: number; easy: number } {
  const again = Math.round(total * (0.06 + random() * 0.1));
  const hard = Math.round(total * (0.08 + random() * 0.08));
  const easy = Math.round(total * (0.05 + random() * 0.12));
  return { again, hard, good: Math.max(0, total - again - hard - easy), easy };
}

/** Splits `total` over the topics in proportion to `weight`, rounding so the parts add up exactly. */
function apportion(total: number, weight: (topic: Topic) => number): Record<Topic, number> {
  const weightSum = TOPICS.reduce((sum, topic) => sum + weight(topic), 0);
  const parts = {} as Record<Topic, number>;
  let given = 0;
  TOPICS.forEach((topic, index) => {
    const isLastWeighted = TOPICS.slice(index + 1).every((later) => weight(later) === 0);
    parts[topic] = weight(topic) === 0 ? 0 : isLastWeighted ? total - given : Math.round((total * weight(topic)) / weightSum);
    given += parts[topic];
  });
  return parts;
}

function overallReadiness(topics: TopicPanel[], pick: (topic: TopicPanel) => number): number {
  const concepts = topics.reduce((sum, topic) => sum + topic.conceptsTotal, 0);
  return topics.reduce((sum, topic) => sum + pick(topic) * topic.conceptsTotal, 0) / concepts;
}

/** A learner with a year of reviews and quizzes, as the real loader would return it at `now`. */
export function yearOfHistoryDashboard(now: Date): MasteryDashboard {
  const random = randomFrom(20_260_101);
  const counts = reviewCounts(now, random);
  const calendarDays = counts.map((reviewCount, index) => ({ date: dateAt(now, index - (CALENDAR_DAYS - 1)), reviewCount }));
  const reviewsByRating = calendarDays.slice(-RECENT_DAYS).map((day) => ({ date: day.date, ...splitByRating(day.reviewCount, random) }));

  // True retention counts only daily-review grades of cards in the review state: a share of all grades.
  const reviewStateCount = Math.round(reviewsByRating.reduce((sum, day) => sum + day.again + day.hard + day.good + day.easy, 0) * 0.62);
  const reviewsPerTopic = apportion(reviewStateCount, (topic) => HISTORY_SHAPE[topic].reviewWeight);
  const answersPerTopic = apportion(84, (topic) => HISTORY_SHAPE[topic].quizWeight);

  const topics: TopicPanel[] = TOPICS.map((topic) => {
    const facts = TOPIC_FACTS[topic];
    const shape = HISTORY_SHAPE[topic];
    const reviewCount = reviewsPerTopic[topic];
    const passedCount = Math.round(reviewCount * (0.8 + shape.masteryNow * 0.15 + random() * 0.04));
    const answeredCount = answersPerTopic[topic];
    const correctCount = Math.round(answeredCount * (0.45 + shape.masteryNow * 0.5));
    const readinessNow = Math.min(1, shape.masteryNow * (1.02 + random() * 0.04));
    const seen = shape.seenShare > 0;
    return {
      topic,
      title: facts.title,
      conceptsSeen: Math.round(facts.conceptsTotal * shape.seenShare),
      conceptsTotal: facts.conceptsTotal,
      cardCount: facts.cardCount,
      mastery: shape.masteryNow,
      dueToday: seen ? Math.round(facts.cardCount * shape.seenShare * (0.02 + random() * 0.06)) : 0,
      dueTomorrow: seen ? Math.round(facts.cardCount * shape.seenShare * (0.01 + random() * 0.05)) : 0,
      readinessNow,
      readinessInAWeek: readinessNow * (0.86 + shape.masteryNow * 0.08 + random() * 0.02),
      quizAccuracy: { accuracy: answeredCount === 0 ? null : correctCount / answeredCount, answeredCount, correctCount },
      trueRetention: { retention: reviewCount === 0 ? null : passedCount / reviewCount, reviewCount, passedCount },
    };
  });

  const dueToday = topics.reduce((sum, topic) => sum + topic.dueToday, 0);
  const dueTomorrow = topics.reduce((sum, topic) => sum + topic.dueTomorrow, 0);
  const dueForecast = Array.from({ length: FORECAST_DAYS }, (_, offset) => ({
    date: dateAt(now, offset),
    dueCount: offset === 0 ? dueToday : offset === 1 ? dueTomorrow : Math.round((18 + random() * 40) * (1 - offset / 60)),
  }));

  const weekly = weeks(now);
  const weeklyTopics = topics.map((panel) => {
    const { masteryFrom, masteryNow } = HISTORY_SHAPE[panel.topic as Topic];
    const mastery = weekly.map((_, index) => {
      if (index === WEEKS - 1) return masteryNow;
      const progress = index / (WEEKS - 1);
      return Math.max(0, masteryFrom + (masteryNow - masteryFrom) * progress + (random() - 0.5) * 0.03);
    });
    return { topic: panel.topic, title: panel.title, mastery };
  });

  const weakConcepts: WeakConceptRow[] = WEAK_CONCEPTS.map(([conceptId, title, topic], index) => ({
    conceptId,
    title,
    topic,
    topicTitle: TOPIC_FACTS[topic].title,
    retrievability: 0.31 + index * 0.045 + random() * 0.02,
    lapses: Math.max(1, 7 - Math.floor(index / 1.6)),
  }));

  const retentionReviews = topics.reduce((sum, topic) => sum + topic.trueRetention.reviewCount, 0);
  const retentionPassed = topics.reduce((sum, topic) => sum + topic.trueRetention.passedCount, 0);
  const answered = topics.reduce((sum, topic) => sum + topic.quizAccuracy.answeredCount, 0);
  const correct = topics.reduce((sum, topic) => sum + topic.quizAccuracy.correctCount, 0);

  return {
    generatedAt: now.toISOString(),
    today: dateAt(now, 0),
    timezone: "UTC",
    desiredRetention: DESIRED_RETENTION,
    isNewLearner: false,
    topics,
    overallReadinessNow: overallReadiness(topics, (topic) => topic.readinessNow),
    overallReadinessInAWeek: overallReadiness(topics, (topic) => topic.readinessInAWeek),
    weakConcepts,
    dueForecast,
    calendar: { days: calendarDays, ...streaks(counts) },
    reviewsByRating,
    trueRetention: { retention: retentionPassed / retentionReviews, reviewCount: retentionReviews, passedCount: retentionPassed },
    quizAccuracy: { accuracy: correct / answered, answeredCount: answered, correctCount: correct },
    weekly: { weeks: weekly, topics: weeklyTopics },
  };
}

/** A learner who has just signed up: every figure zero, nothing reviewed or answered yet. */
export function newLearnerDashboard(now: Date): MasteryDashboard {
  const noRetention = { retention: null, reviewCount: 0, passedCount: 0 };
  const noAccuracy = { accuracy: null, answeredCount: 0, correctCount: 0 };
  const weekly = weeks(now);
  const topics: TopicPanel[] = TOPICS.map((topic) => ({
    topic,
    title: TOPIC_FACTS[topic].title,
    conceptsSeen: 0,
    conceptsTotal: TOPIC_FACTS[topic].conceptsTotal,
    cardCount: TOPIC_FACTS[topic].cardCount,
    mastery: 0,
    dueToday: 0,
    dueTomorrow: 0,
    readinessNow: 0,
    readinessInAWeek: 0,
    quizAccuracy: noAccuracy,
    trueRetention: noRetention,
  }));
  return {
    generatedAt: now.toISOString(),
    today: dateAt(now, 0),
    timezone: "UTC",
    desiredRetention: DESIRED_RETENTION,
    isNewLearner: true,
    topics,
    overallReadinessNow: 0,
    overallReadinessInAWeek: 0,
    weakConcepts: [],
    dueForecast: Array.from({ length: FORECAST_DAYS }, (_, offset) => ({ date: dateAt(now, offset), dueCount: 0 })),
    calendar: {
      days: Array.from({ length: CALENDAR_DAYS }, (_, index) => ({ date: dateAt(now, index - (CALENDAR_DAYS - 1)), reviewCount: 0 })),
      currentStreak: 0,
      longestStreak: 0,
    },
    reviewsByRating: Array.from({ length: RECENT_DAYS }, (_, index) => ({ date: dateAt(now, index - (RECENT_DAYS - 1)), again: 0, hard: 0, good: 0, easy: 0 })),
    trueRetention: noRetention,
    quizAccuracy: noAccuracy,
    weekly: { weeks: weekly, topics: topics.map((topic) => ({ topic: topic.topic, title: topic.title, mastery: weekly.map(() => 0) })) },
  };
}
