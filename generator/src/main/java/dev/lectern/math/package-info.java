/** Typesets TeX with KaTeX (in GraalJS) behind an interface, with a content-hash cache. */
package dev.lectern.math;
