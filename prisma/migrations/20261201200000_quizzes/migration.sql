-- CreateTable
CREATE TABLE "Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "isWeakSpots" BOOLEAN NOT NULL DEFAULT false,
    "timeLimitMs" INTEGER,
    "isFeedingScheduler" BOOLEAN NOT NULL DEFAULT true,
    "retryOfQuizId" TEXT,
    "questionCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Quiz_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "cardId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "appearance" INTEGER NOT NULL DEFAULT 0,
    "shownAt" DATETIME,
    "answerId" TEXT,
    "response" TEXT,
    "verdict" TEXT,
    "isCorrect" BOOLEAN,
    "rating" INTEGER,
    "answeredAt" DATETIME,
    "durationMs" INTEGER,
    CONSTRAINT "QuizQuestion_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizQuestion_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN with a default, which SQLite and PostgreSQL both take in place)
ALTER TABLE "UserSettings" ADD COLUMN "isQuizFeedingScheduler" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Quiz_userId_createdAt_idx" ON "Quiz"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "QuizQuestion_cardId_idx" ON "QuizQuestion"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_quizId_position_key" ON "QuizQuestion"("quizId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_quizId_answerId_key" ON "QuizQuestion"("quizId", "answerId");

