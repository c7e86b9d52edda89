-- AlterTable
ALTER TABLE "User" ADD COLUMN "masteryCapturedAt" DATETIME;

-- CreateTable
CREATE TABLE "ReviewDayCount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "studyDate" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "isRetentionReview" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ReviewDayCount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicWeekMastery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "weekStartDate" TEXT NOT NULL,
    "measuredAt" DATETIME NOT NULL,
    "topic" TEXT NOT NULL,
    "retrievabilitySum" REAL NOT NULL,
    "cardCount" INTEGER NOT NULL,
    CONSTRAINT "TopicWeekMastery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "studyDate" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ReviewLog" ADD COLUMN "topic" TEXT NOT NULL DEFAULT '';

-- Backfill: the topic is the card's. The study date needs the learner's timezone, which SQL
-- cannot apply portably; the start script's mastery backfill fills it and builds the aggregates.
UPDATE "ReviewLog" SET "topic" = (SELECT "topic" FROM "Card" WHERE "Card"."id" = "ReviewLog"."cardId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewDayCount_userId_studyDate_topic_rating_isRetentionReview_key" ON "ReviewDayCount"("userId", "studyDate", "topic", "rating", "isRetentionReview");

-- CreateIndex
CREATE INDEX "TopicWeekMastery_userId_measuredAt_idx" ON "TopicWeekMastery"("userId", "measuredAt");

-- CreateIndex
CREATE UNIQUE INDEX "TopicWeekMastery_userId_weekStartDate_topic_key" ON "TopicWeekMastery"("userId", "weekStartDate", "topic");
