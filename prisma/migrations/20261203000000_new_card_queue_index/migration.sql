-- DropIndex
DROP INDEX "CardState_userId_state_newPosition_idx";

-- CreateIndex
CREATE INDEX "CardState_new_queue_idx" ON "CardState"("userId", "state", "newPosition", "cardId", "isSuspended", "isCardRetired", "cardKind", "cardTopic", "buriedUntil");

