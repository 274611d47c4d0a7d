/** lectern serve: builds, serves the site on localhost, rebuilds on every save and reloads the browser. */
package dev.lectern.serve;
