-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "fsrsWeights" TEXT,
ADD COLUMN     "fsrsWeightsFittedAt" TIMESTAMP(3),
ADD COLUMN     "fsrsWeightsReviewCount" INTEGER,
ADD COLUMN     "rescheduleStartedAt" TIMESTAMP(3),
ADD COLUMN     "rescheduledThroughId" TEXT;

-- CreateTable
CREATE TABLE "FsrsParameterFit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "weights" TEXT NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "cardCount" INTEGER NOT NULL,
    "heldOutReviewCount" INTEGER NOT NULL,
    "defaultLogLoss" DOUBLE PRECISION NOT NULL,
    "defaultRmseBins" DOUBLE PRECISION NOT NULL,
    "fittedLogLoss" DOUBLE PRECISION NOT NULL,
    "fittedRmseBins" DOUBLE PRECISION NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "FsrsParameterFit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FsrsParameterFit_userId_createdAt_idx" ON "FsrsParameterFit"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "FsrsParameterFit" ADD CONSTRAINT "FsrsParameterFit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

