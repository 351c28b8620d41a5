/** The Jupyter kernel: sockets, the wire format and its signing, and notebook cells run on one {@link gd.session.Session}. */
package gd.kernel;
