/** The build orchestrator: load, validate, render, write atomically, check links, report; each stage timed. */
package dev.lectern.site;
