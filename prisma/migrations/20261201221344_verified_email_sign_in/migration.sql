-- AlterTable
ALTER TABLE "UserPool" ADD COLUMN     "requireVerifiedEmailForPasswordSignIn" BOOLEAN NOT NULL DEFAULT false;
