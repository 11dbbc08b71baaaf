-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "reauthenticationMaxAgeSecs" INTEGER NOT NULL DEFAULT 600,
ALTER COLUMN "verifyOldIdentifierOnUpdate" SET DEFAULT true;
