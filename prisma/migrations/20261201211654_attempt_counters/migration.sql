-- DropForeignKey
ALTER TABLE "LoginFailureCounter" DROP CONSTRAINT "LoginFailureCounter_userPoolId_fkey";

-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "captchaAfterIpPasscodeSends" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "passcodeSendsPerIpPerHour" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "passcodeSendsPerPoolPerHour" INTEGER NOT NULL DEFAULT 1000;

-- DropTable
DROP TABLE "LoginFailureCounter";

-- DropEnum
DROP TYPE "FailureCounterKind";

-- CreateTable
CREATE TABLE "AttemptCounter" (
    "userPoolId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttemptCounter_pkey" PRIMARY KEY ("userPoolId","scope","key")
);

-- AddForeignKey
ALTER TABLE "AttemptCounter" ADD CONSTRAINT "AttemptCounter_userPoolId_fkey" FOREIGN KEY ("userPoolId") REFERENCES "UserPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;
