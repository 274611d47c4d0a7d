/** Turns the model into pages: typed page models, Freemarker templates, sanitised HTML, lesson JSON. */
package dev.lectern.render;
