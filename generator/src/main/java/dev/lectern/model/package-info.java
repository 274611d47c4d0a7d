/** The typed, immutable course model: lessons, plans, records and the diagnostics found in them. */
package dev.lectern.model;
