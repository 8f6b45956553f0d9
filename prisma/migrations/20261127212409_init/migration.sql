-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('stock', 'rate');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('un_agency', 'government', 'ngo', 'media', 'other');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'at_least', 'more_than', 'over', 'about', 'nearly', 'up_to', 'projected');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "Conflict" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MetricKind" NOT NULL,
    "unit" TEXT NOT NULL,
    "hxlTag" TEXT NOT NULL,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'other',
    "reliability" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" DATE NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "fullText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "conflictId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,
    "low" BIGINT,
    "high" BIGINT,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "refDate" DATE NOT NULL,
    "periodStart" DATE,
    "reportId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT,
    "note" TEXT,
    "status" "FigureStatus" NOT NULL DEFAULT 'draft',
    "supersedesId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "conflictId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_slug_key" ON "Conflict"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_slug_key" ON "Metric"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Report_url_key" ON "Report"("url");

-- CreateIndex
CREATE INDEX "Report_publishedOn_idx" ON "Report"("publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_supersedesId_key" ON "Figure"("supersedesId");

-- CreateIndex
CREATE INDEX "Figure_conflictId_metricId_refDate_idx" ON "Figure"("conflictId", "metricId", "refDate");

-- CreateIndex
CREATE INDEX "Figure_sourceId_idx" ON "Figure"("sourceId");

-- CreateIndex
CREATE INDEX "Figure_reportId_idx" ON "Figure"("reportId");

-- CreateIndex
CREATE INDEX "Annotation_conflictId_date_idx" ON "Annotation"("conflictId", "date");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Figure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Counts are whole people from 0 to ten billion, and a range holds its value. The schema validates this
-- first with a readable message; the database refuses anything that slips past.
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_value_range" CHECK (
    "value" >= 0 AND "value" <= 10000000000
    AND ("low" IS NULL OR ("low" >= 0 AND "low" <= "value"))
    AND ("high" IS NULL OR "high" >= "value")
);

-- Reference data: the metrics every conflict can have (HXL hashtags per hxlstandard.org).
INSERT INTO "Metric" ("slug", "name", "kind", "unit", "hxlTag") VALUES
    ('deaths', 'Deaths', 'stock', 'people', '#affected+killed'),
    ('injured', 'Injured', 'stock', 'people', '#affected+injured'),
    ('refugees', 'Refugees', 'stock', 'people', '#affected+refugees'),
    ('idps', 'Internally displaced people', 'stock', 'people', '#affected+idps'),
    ('daily_outflow', 'Daily outflow', 'rate', 'people_per_day', '#affected+refugees+outflow');
