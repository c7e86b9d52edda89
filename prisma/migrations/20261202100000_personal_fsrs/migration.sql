-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN "fsrsWeights" TEXT;
ALTER TABLE "UserSettings" ADD COLUMN "fsrsWeightsFittedAt" DATETIME;
ALTER TABLE "UserSettings" ADD COLUMN "fsrsWeightsReviewCount" INTEGER;
ALTER TABLE "UserSettings" ADD COLUMN "rescheduleStartedAt" DATETIME;
ALTER TABLE "UserSettings" ADD COLUMN "rescheduledThroughId" TEXT;

-- CreateTable
CREATE TABLE "FsrsParameterFit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "weights" TEXT NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "cardCount" INTEGER NOT NULL,
    "heldOutReviewCount" INTEGER NOT NULL,
    "defaultLogLoss" REAL NOT NULL,
    "defaultRmseBins" REAL NOT NULL,
    "fittedLogLoss" REAL NOT NULL,
    "fittedRmseBins" REAL NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" DATETIME,
    CONSTRAINT "FsrsParameterFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FsrsParameterFit_userId_createdAt_idx" ON "FsrsParameterFit"("userId", "createdAt");

