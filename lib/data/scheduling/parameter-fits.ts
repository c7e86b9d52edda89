import type { Db } from "../db";
import { NotFoundError } from "../../domain/errors";
import { isFsrsWeights, storedWeightsOf } from "../../domain/scheduling/fsrs-weights";

export interface NewParameterFit {
  weights: number[];
  reviewCount: number;
  cardCount: number;
  heldOutReviewCount: number;
  defaultLogLoss: number;
  defaultRmseBins: number;
  fittedLogLoss: number;
  fittedRmseBins: number;
  fitMs: number;
}

export interface ParameterFitView extends NewParameterFit {
  id: string;
  createdAt: Date;
  appliedAt: Date | null;
}

/** Fits older than the newest few are history nobody reads. */
const KEPT_FITS = 5;

const fitSelect = {
  id: true,
  weights: true,
  reviewCount: true,
  cardCount: true,
  heldOutReviewCount: true,
  defaultLogLoss: true,
  defaultRmseBins: true,
  fittedLogLoss: true,
  fittedRmseBins: true,
  fitMs: true,
  createdAt: true,
  appliedAt: true,
} as const;

type FitRow = { weights: string } & Omit<ParameterFitView, "weights">;

function viewOf(row: FitRow): ParameterFitView {
  return { ...row, weights: storedWeightsOf(row.weights) ?? [] };
}

/** Stores a fit the server computed, awaiting the learner's confirmation, and drops old ones. */
export async function saveParameterFit(db: Db, userId: string, fit: NewParameterFit): Promise<ParameterFitView> {
  if (!isFsrsWeights(fit.weights)) throw new Error("A fit must have 21 finite weights.");
  return db.$transaction(async (tx) => {
    const row = await tx.fsrsParameterFit.create({ data: { userId, ...fit, weights: JSON.stringify(fit.weights) }, select: fitSelect });
    const stale = await tx.fsrsParameterFit.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: KEPT_FITS, select: { id: true } });
    if (stale.length > 0) await tx.fsrsParameterFit.deleteMany({ where: { userId, id: { in: stale.map((fit) => fit.id) } } });
    return viewOf(row);
  });
}

/** The learner's newest fit, applied or not. */
export async function getLatestParameterFit(db: Db, userId: string): Promise<ParameterFitView | null> {
  const row = await db.fsrsParameterFit.findFirst({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: fitSelect });
  return row ? viewOf(row) : null;
}

export interface PersonalParameters {
  /** The learner's own weights, or null while they use the defaults. */
  weights: number[] | null;
  fittedAt: Date | null;
  reviewCount: number | null;
  /** A reschedule with the current weights was started and has not finished. */
  isRescheduling: boolean;
}

export async function getPersonalParameters(db: Db, userId: string): Promise<PersonalParameters> {
  const settings = await db.userSettings.findUnique({
    where: { userId },
    select: { fsrsWeights: true, fsrsWeightsFittedAt: true, fsrsWeightsReviewCount: true, rescheduleStartedAt: true },
  });
  return {
    weights: storedWeightsOf(settings?.fsrsWeights) ?? null,
    fittedAt: settings?.fsrsWeightsFittedAt ?? null,
    reviewCount: settings?.fsrsWeightsReviewCount ?? null,
    isRescheduling: Boolean(settings?.rescheduleStartedAt),
  };
}

export interface ApplyOptions {
  /** Reschedule every card with the new weights (started here, carried out batch by batch). */
  reschedule: boolean;
}

/**
 * Makes a fit the learner's parameters, in one transaction. The weights come from the stored fit,
 * never from the request; applying the fit that is already applied changes nothing.
 */
export async function applyParameterFit(db: Db, userId: string, fitId: string, options: ApplyOptions, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const fit = await tx.fsrsParameterFit.findFirst({ where: { id: fitId, userId }, select: { weights: true, createdAt: true, reviewCount: true } });
    if (!fit || !storedWeightsOf(fit.weights)) throw new NotFoundError("That fit is no longer available; run the fit again.");
    await tx.fsrsParameterFit.updateMany({ where: { id: fitId, userId, appliedAt: null }, data: { appliedAt: now } });
    const parameters = { fsrsWeights: fit.weights, fsrsWeightsFittedAt: fit.createdAt, fsrsWeightsReviewCount: fit.reviewCount };
    await tx.userSettings.upsert({
      where: { userId },
      create: { userId, ...parameters, ...rescheduleStart(options, now) },
      update: { ...parameters, ...rescheduleStart(options, now) },
    });
  });
}

/** Back to the FSRS-6 defaults, in one transaction. */
export async function restoreDefaultParameters(db: Db, userId: string, options: ApplyOptions, now: Date): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new NotFoundError("User not found.");
  const parameters = { fsrsWeights: null, fsrsWeightsFittedAt: null, fsrsWeightsReviewCount: null };
  await db.userSettings.upsert({
    where: { userId },
    create: { userId, ...parameters, ...rescheduleStart(options, now) },
    update: { ...parameters, ...rescheduleStart(options, now) },
  });
}

// New weights start a requested reschedule over from the first card. Without one, a reschedule
// still under way stops: carrying on would reschedule the rest of the cards with other weights.
function rescheduleStart(options: ApplyOptions, now: Date) {
  return { rescheduleStartedAt: options.reschedule ? now : null, rescheduledThroughId: null };
}
