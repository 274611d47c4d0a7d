@echo off
rem Lectern's command line on Windows: `java -jar generator\target\lectern.jar` with the JVM options below,
rem as bin/lectern does elsewhere:
rem
rem   bin\lectern build CONTENT-DIR --out DIR [--cache DIR]    (any lectern.jar command and option)
rem
rem Environment: JAVA_HOME (else java on the PATH), LECTERN_JAR (default: generator\target\lectern.jar
rem beside this folder), LECTERN_JAVA_OPTS (default: -XX:+UseSerialGC -Xmx1g).
setlocal
set "JAR=%LECTERN_JAR%"
if not defined JAR set "JAR=%~dp0..\generator\target\lectern.jar"
if exist "%JAR%" goto run
echo lectern: no %JAR%: build it first (mvn package) 1>&2
exit /b 2
:run
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem A heap cap and the serial collector keep a 1,000-lesson build under 1 GiB of memory (see bin/lectern).
set "OPTS=%LECTERN_JAVA_OPTS%"
if not defined OPTS set "OPTS=-XX:+UseSerialGC -Xmx1g"
"%JAVA%" %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
