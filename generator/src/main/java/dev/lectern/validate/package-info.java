/** Checks the model and reports content problems as diagnostics. */
package dev.lectern.validate;
