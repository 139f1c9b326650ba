/** Extension points the client record offers modules above it. */
@NamedInterface("spi")
@NullMarked
package org.onedoor.client.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
