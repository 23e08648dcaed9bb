package org.parallax.report.cli;

import org.parallax.core.Layer;
import picocli.CommandLine;

/**
 * Picocli converter for {@link Layer} ({@code --layer surface|norm|stem|lemma|...}) whose error names the
 * choices, so that a wrong layer is a usage error (exit code 2) with a readable message.
 *
 * <pre>{@code
 * @Option(names = "--layer", converter = LayerConverter.class) Layer layer;
 * }</pre>
 */
final class LayerConverter implements CommandLine.ITypeConverter<Layer> {
    @Override
    public Layer convert(String value) {
        try {
            return Layer.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
