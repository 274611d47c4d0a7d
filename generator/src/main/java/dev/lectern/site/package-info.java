/** The build orchestrator: load, validate, render, write atomically (its files made ahead while parsing), check links, report; each stage timed. */
package dev.lectern.site;
