-- CreateEnum
CREATE TYPE "CaptchaKind" AS ENUM ('image', 'altcha');

-- AlterTable
ALTER TABLE "CaptchaChallenge" ADD COLUMN     "kind" "CaptchaKind" NOT NULL DEFAULT 'image';

-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "captchaKind" "CaptchaKind" NOT NULL DEFAULT 'image';
