@echo off
rem Lectern's command line on Windows: `java -jar generator\target\lectern.jar` with the JVM options below,
rem as bin/lectern does elsewhere (see there why these options):
rem
rem   bin\lectern build CONTENT-DIR --out DIR [--cache DIR]    (any lectern.jar command and option)
rem
rem Environment: JAVA_HOME (else java on the PATH), LECTERN_JAR (default: generator\target\lectern.jar
rem beside this folder), LECTERN_JAVA_OPTS (more JVM options, after these: a later option wins).
setlocal
set "JAR=%LECTERN_JAR%"
if not defined JAR set "JAR=%~dp0..\generator\target\lectern.jar"
if exist "%JAR%" goto run
echo lectern: no %JAR%: build it first (mvn package) 1>&2
exit /b 2
:run
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem C1 alone, a heap cap and the serial collector; the class-data sharing archive `mvn package` makes
rem beside the jar when it is there (the JVM ignores it, silently, unless this jar and JDK made it).
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g"
set "ARCHIVE=%JAR:~0,-4%.jsa"
if exist "%ARCHIVE%" set OPTS=%OPTS% "-XX:SharedArchiveFile=%ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %OPTS% %LECTERN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
