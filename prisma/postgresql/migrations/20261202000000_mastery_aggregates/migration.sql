-- AlterTable
ALTER TABLE "User" ADD COLUMN     "masteryCapturedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "studyDate" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "topic" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReviewDayCount" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "studyDate" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "isRetentionReview" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewDayCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicWeekMastery" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "weekStartDate" TEXT NOT NULL,
    "measuredAt" TIMESTAMP(3) NOT NULL,
    "topic" TEXT NOT NULL,
    "retrievabilitySum" DOUBLE PRECISION NOT NULL,
    "cardCount" INTEGER NOT NULL,

    CONSTRAINT "TopicWeekMastery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewDayCount_userId_studyDate_topic_rating_isRetentionRev_key" ON "ReviewDayCount"("userId", "studyDate", "topic", "rating", "isRetentionReview");

-- CreateIndex
CREATE INDEX "TopicWeekMastery_userId_measuredAt_idx" ON "TopicWeekMastery"("userId", "measuredAt");

-- CreateIndex
CREATE UNIQUE INDEX "TopicWeekMastery_userId_weekStartDate_topic_key" ON "TopicWeekMastery"("userId", "weekStartDate", "topic");

-- AddForeignKey
ALTER TABLE "ReviewDayCount" ADD CONSTRAINT "ReviewDayCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicWeekMastery" ADD CONSTRAINT "TopicWeekMastery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data, as in the SQLite migration: the topic of each existing log (studyDate is filled by the
-- start-up backfill, which needs the learner's timezone).
UPDATE "ReviewLog" SET "topic" = (SELECT "topic" FROM "Card" WHERE "Card"."id" = "ReviewLog"."cardId");
