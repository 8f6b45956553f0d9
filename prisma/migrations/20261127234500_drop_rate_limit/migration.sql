-- Better Auth's RateLimit table was never used: sign-in attempts are throttled in "SignInAttempt".
-- DropTable
DROP TABLE "RateLimit";
