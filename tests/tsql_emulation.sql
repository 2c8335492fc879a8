-- A small emulation of the SQL Server functions and rules the T-SQL fills use, for the differential test
-- (tests/test_tsql_differential.py). Created in a scratch schema put first on the search_path.
-- Each function names the SQL Server rule it emulates; it is not SQL Server: collation (case, trailing
-- spaces in =), implicit conversions and DATETIME's rounding of fractions are not emulated.
-- The setting tsql.dateformat ('mdy', the default of a us_english login, or 'dmy', a British one) is what
-- SET DATEFORMAT would be; only a conversion of text to a date without a style reads it.

-- T-SQL '+' on two strings concatenates (NULL if either is NULL).
CREATE FUNCTION tsql_concat(a TEXT, b TEXT) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$ SELECT a || b $$;
CREATE OPERATOR + (LEFTARG = TEXT, RIGHTARG = TEXT, FUNCTION = tsql_concat);

-- LEN counts characters without the trailing spaces.
CREATE FUNCTION tsql_len(s TEXT) RETURNS INTEGER IMMUTABLE LANGUAGE sql AS $$ SELECT LENGTH(RTRIM(s, ' ')) $$;

-- DATALENGTH of NVARCHAR: bytes in UTF-16, 2 per character of the Basic Multilingual Plane.
CREATE FUNCTION tsql_datalength(s TEXT) RETURNS INTEGER IMMUTABLE LANGUAGE sql AS $$ SELECT 2 * LENGTH(s) $$;

-- STUFF: NULL when start is not inside the string (or length negative), else delete length chars at start and insert.
CREATE FUNCTION tsql_stuff(s TEXT, start INTEGER, len INTEGER, ins TEXT) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN start < 1 OR start > LENGTH(s) OR len < 0 THEN NULL
                ELSE OVERLAY(s PLACING COALESCE(ins, '') FROM start FOR len) END $$;

-- STRING_ESCAPE(s, 'json'): \ " / as \\ \" \/; BS FF LF CR TAB as \b \f \n \r \t; every other
-- control character U+0000-U+001F as \u00xx.
CREATE FUNCTION tsql_string_escape(s TEXT, kind TEXT) RETURNS TEXT IMMUTABLE LANGUAGE plpgsql AS $$
DECLARE
    r TEXT := REPLACE(REPLACE(REPLACE(s, '\', '\\'), '"', '\"'), '/', '\/');
    i INTEGER;
BEGIN
    IF kind <> 'json' THEN RAISE EXCEPTION 'STRING_ESCAPE: unsupported type %', kind; END IF;
    r := REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(r, CHR(8), '\b'), CHR(12), '\f'), CHR(10), '\n'), CHR(13), '\r'), CHR(9), '\t');
    FOR i IN 1..31 LOOP
        r := REPLACE(r, CHR(i), '\u' || LPAD(TO_HEX(i), 4, '0'));
    END LOOP;
    RETURN r;
END $$;

-- TRY_CAST(text AS INT): spaces around are ignored, '' is 0, an optional sign (+ too) and digits, in the INT range.
CREATE FUNCTION tsql_try_cast_int(s TEXT) RETURNS INTEGER IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN TRIM(s) = '' THEN 0
                WHEN TRIM(s) ~ '^[+-]?[0-9]{1,30}$' AND CAST(TRIM(s) AS NUMERIC) BETWEEN -2147483648 AND 2147483647
                THEN CAST(CAST(TRIM(s) AS NUMERIC) AS INTEGER) END $$;

-- TRY_CAST(text AS FLOAT): spaces around ignored, '' is 0, sign, digits, point, exponent ('1e1', '+1', '.5', '5.').
CREATE FUNCTION tsql_try_cast_float(s TEXT) RETURNS DOUBLE PRECISION IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE WHEN TRIM(s) = '' THEN 0
                WHEN TRIM(s) ~* '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(e[+-]?[0-9]+)?$' THEN CAST(TRIM(s) AS DOUBLE PRECISION) END $$;

-- A DATETIME from parts, NULL outside DATETIME's range (1753-9999) or when the date does not exist.
CREATE FUNCTION tsql_datetime_parts(y INTEGER, m INTEGER, d INTEGER, t TEXT) RETURNS TIMESTAMP IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
    IF y < 1753 OR y > 9999 OR m < 1 OR m > 12 OR d < 1 THEN RETURN NULL; END IF;
    IF d > EXTRACT(DAY FROM MAKE_DATE(y, m, 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN RETURN NULL; END IF;
    IF t IS NULL OR t = '' THEN RETURN MAKE_DATE(y, m, d); END IF;
    IF t !~ '^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,3})?)?$' THEN RETURN NULL; END IF;
    RETURN MAKE_DATE(y, m, d) + CAST(t AS INTERVAL);
END $$;

-- TRY_CONVERT(DATETIME, text, style), strictly: 120 'yyyy-mm-dd hh:mi:ss', 121 the same with '.mmm' allowed,
-- 103 'dd/mm/yyyy' (one-digit day and month accepted); without a style (TRY_CAST) the text is read by
-- the login's DATEFORMAT: '' is 1900-01-01, 'yyyymmdd' and 'yyyy-mm-ddThh:mm...' are always year-month-day,
-- 'yyyy-mm-dd[ time]' is year-day-month under dmy (DATETIME's own rule), 'a/b/yyyy' (or - or .) is month/day
-- under mdy and day/month under dmy. Anything else is NULL. Reading the DATEFORMAT sets tsql.dateformat_read,
-- so the test knows to run the fills under the other DATEFORMAT too (VOLATILE for that reason).
CREATE FUNCTION tsql_try_datetime(s TEXT, style INTEGER) RETURNS TIMESTAMP VOLATILE LANGUAGE plpgsql AS $$
DECLARE
    t TEXT := TRIM(s);
    fmt TEXT := COALESCE(NULLIF(current_setting('tsql.dateformat', true), ''), 'mdy');
    p TEXT[];
BEGIN
    IF t IS NULL THEN RETURN NULL; END IF;
    IF style IN (120, 121) THEN
        p := REGEXP_MATCH(t, '^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}' || CASE WHEN style = 121 THEN '(\.[0-9]{1,3})?' ELSE '' END || ')$');
        RETURN CASE WHEN p IS NULL THEN NULL ELSE tsql_datetime_parts(p[1]::INT, p[2]::INT, p[3]::INT, p[4]) END;
    ELSIF style = 103 THEN
        p := REGEXP_MATCH(t, '^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$');
        RETURN CASE WHEN p IS NULL THEN NULL ELSE tsql_datetime_parts(p[3]::INT, p[2]::INT, p[1]::INT, NULL) END;
    ELSIF style IS NOT NULL THEN
        RAISE EXCEPTION 'the emulation has no CONVERT style %', style;
    END IF;
    PERFORM set_config('tsql.dateformat_read', 'yes', false);
    IF t = '' THEN RETURN TIMESTAMP '1900-01-01'; END IF;
    p := REGEXP_MATCH(t, '^([0-9]{4})([0-9]{2})([0-9]{2})$');
    IF p IS NOT NULL THEN RETURN tsql_datetime_parts(p[1]::INT, p[2]::INT, p[3]::INT, NULL); END IF;
    p := REGEXP_MATCH(t, '^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9:.]+)$');
    IF p IS NOT NULL THEN RETURN tsql_datetime_parts(p[1]::INT, p[2]::INT, p[3]::INT, p[4]); END IF;
    p := REGEXP_MATCH(t, '^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?: +([0-9:.]+))?$');
    IF p IS NOT NULL THEN
        RETURN CASE WHEN fmt = 'dmy' THEN tsql_datetime_parts(p[1]::INT, p[3]::INT, p[2]::INT, p[4])
                    ELSE tsql_datetime_parts(p[1]::INT, p[2]::INT, p[3]::INT, p[4]) END;
    END IF;
    p := REGEXP_MATCH(t, '^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})(?: +([0-9:.]+))?$');
    IF p IS NOT NULL THEN
        RETURN CASE WHEN fmt = 'dmy' THEN tsql_datetime_parts(p[3]::INT, p[2]::INT, p[1]::INT, p[4])
                    ELSE tsql_datetime_parts(p[3]::INT, p[1]::INT, p[2]::INT, p[4]) END;
    END IF;
    RETURN NULL;
END $$;
-- A date or datetime converts to DATETIME as itself, whatever the style.
CREATE FUNCTION tsql_try_datetime(s TIMESTAMP, style INTEGER) RETURNS TIMESTAMP IMMUTABLE LANGUAGE sql AS $$ SELECT s $$;
CREATE FUNCTION tsql_try_datetime(s DATE, style INTEGER) RETURNS TIMESTAMP IMMUTABLE LANGUAGE sql AS $$ SELECT CAST(s AS TIMESTAMP) $$;

-- CONVERT(DATETIME, ...) without TRY_: a value that does not convert is an error, not NULL.
CREATE FUNCTION tsql_datetime(s TEXT, style INTEGER) RETURNS TIMESTAMP VOLATILE LANGUAGE plpgsql AS $$
DECLARE r TIMESTAMP := tsql_try_datetime(s, style);
BEGIN
    IF r IS NULL AND s IS NOT NULL THEN RAISE EXCEPTION 'Conversion failed when converting date and/or time from character string.'; END IF;
    RETURN r;
END $$;
CREATE FUNCTION tsql_datetime(s TIMESTAMP, style INTEGER) RETURNS TIMESTAMP IMMUTABLE LANGUAGE sql AS $$ SELECT s $$;
CREATE FUNCTION tsql_datetime(s DATE, style INTEGER) RETURNS TIMESTAMP IMMUTABLE LANGUAGE sql AS $$ SELECT CAST(s AS TIMESTAMP) $$;

-- CONVERT(NVARCHAR, x, 120/121): a datetime as 'yyyy-mm-dd hh:mi:ss' (121: '.mmm' added), a date as 'yyyy-mm-dd';
-- text stays as it is; a number as its digits.
CREATE FUNCTION tsql_text(s TEXT, style INTEGER) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$ SELECT s $$;
CREATE FUNCTION tsql_text(s TIMESTAMP, style INTEGER) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$
    SELECT TO_CHAR(s, CASE WHEN style = 121 THEN 'YYYY-MM-DD HH24:MI:SS.MS' ELSE 'YYYY-MM-DD HH24:MI:SS' END) $$;
CREATE FUNCTION tsql_text(s DATE, style INTEGER) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$ SELECT TO_CHAR(s, 'YYYY-MM-DD') $$;
CREATE FUNCTION tsql_text(s BIGINT, style INTEGER) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$ SELECT CAST(s AS TEXT) $$;
CREATE FUNCTION tsql_text(s NUMERIC, style INTEGER) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$ SELECT CAST(s AS TEXT) $$;

-- DATEADD(unit, n, d): n truncated to an integer, the same type back (a date stays a date); months and years
-- clamp to the month's end.
CREATE FUNCTION tsql_dateadd(unit TEXT, n NUMERIC, d TIMESTAMP) RETURNS TIMESTAMP IMMUTABLE LANGUAGE sql AS $$
    SELECT d + TRUNC(n) * CAST('1 ' || CASE LOWER(unit) WHEN 'dd' THEN 'day' WHEN 'd' THEN 'day' WHEN 'mm' THEN 'month'
        WHEN 'm' THEN 'month' WHEN 'yy' THEN 'year' WHEN 'yyyy' THEN 'year' WHEN 'wk' THEN 'week' WHEN 'ww' THEN 'week'
        ELSE LOWER(unit) END AS INTERVAL) $$;
CREATE FUNCTION tsql_dateadd(unit TEXT, n NUMERIC, d DATE) RETURNS DATE IMMUTABLE LANGUAGE sql AS $$
    SELECT CAST(tsql_dateadd(unit, n, CAST(d AS TIMESTAMP)) AS DATE) $$;

-- DATEDIFF(unit, a, b): the number of unit boundaries crossed from a to b (years: year(b) - year(a);
-- weeks: Sundays crossed, whatever DATEFIRST says), not elapsed whole units.
CREATE FUNCTION tsql_datediff(unit TEXT, a TIMESTAMP, b TIMESTAMP) RETURNS INTEGER IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE LOWER(unit)
        WHEN 'year' THEN EXTRACT(YEAR FROM b) - EXTRACT(YEAR FROM a)
        WHEN 'month' THEN (EXTRACT(YEAR FROM b) * 12 + EXTRACT(MONTH FROM b)) - (EXTRACT(YEAR FROM a) * 12 + EXTRACT(MONTH FROM a))
        WHEN 'day' THEN CAST(b AS DATE) - CAST(a AS DATE)
        WHEN 'week' THEN FLOOR((CAST(b AS DATE) - DATE '1899-12-31') / 7.0) - FLOOR((CAST(a AS DATE) - DATE '1899-12-31') / 7.0)
        WHEN 'hour' THEN FLOOR(EXTRACT(EPOCH FROM DATE_TRUNC('hour', b) - DATE_TRUNC('hour', a)) / 3600)
        WHEN 'minute' THEN FLOOR(EXTRACT(EPOCH FROM DATE_TRUNC('minute', b) - DATE_TRUNC('minute', a)) / 60)
        END $$;
