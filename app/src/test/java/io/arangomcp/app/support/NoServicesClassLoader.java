package io.arangomcp.app.support;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/** A class loader that sees every class of its parent but none of its ToolPack service files. */
public final class NoServicesClassLoader extends ClassLoader {
    public NoServicesClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
