-- CreateEnum
CREATE TYPE "ProposalOutcome" AS ENUM ('accepted', 'rejected');

-- CreateTable
CREATE TABLE "ProposalDecision" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "outcome" "ProposalOutcome" NOT NULL,
    "figureId" INTEGER,
    "decidedBy" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProposalDecision_figureId_key" ON "ProposalDecision"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalDecision_reportId_key_key" ON "ProposalDecision"("reportId", "key");

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

