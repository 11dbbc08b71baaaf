-- DropIndex
DROP INDEX "CaptchaChallenge_expiresAt_idx";

-- CreateIndex
CREATE INDEX "CaptchaChallenge_userPoolId_expiresAt_idx" ON "CaptchaChallenge"("userPoolId", "expiresAt");
