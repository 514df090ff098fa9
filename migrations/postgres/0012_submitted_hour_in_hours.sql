-- Responses were stored with the hour as seconds since 1970 (rounded down to the
-- hour), while the overview and the publications count hours since 1970. From
-- now on it is hours; rows written before are converted. (Seconds today are
-- about 1.8e9, hours about 4.9e5: the threshold tells them apart.)
UPDATE responses SET submitted_hour = submitted_hour / 3600 WHERE submitted_hour >= 100000000;
