/** Turns content files into the model: scanning, decoding, Flexmark parsing and our component blocks. */
package dev.lectern.parse;
