package org.storyline.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storyline.pipeline.ArticleTables;

/** {@link ArticleTables} in Spark's terms: the tables' schemas as {@link StructType}s, their rows as {@link Row}s. */
public final class SparkRows {
    private SparkRows() {}

    /** The schema of a table. */
    public static StructType schema(ArticleTables.Table table) {
        return struct(table.columns());
    }

    /**
     * The schema of one outcome's bundle: a column per table (in {@link ArticleTables#TABLES} order), each a list of
     * that table's rows.
     */
    public static StructType bundleSchema() {
        List<StructField> fields = new ArrayList<>();
        for (ArticleTables.Table table : ArticleTables.TABLES) {
            fields.add(DataTypes.createStructField(table.name(), DataTypes.createArrayType(schema(table), false),
                    false));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * One outcome's rows, by table name, as a bundle row of {@link #bundleSchema()}. Lists become arrays: Spark's
     * row encoder takes arrays or Scala sequences, not Java lists.
     */
    public static Row bundle(Map<String, List<Map<String, Object>>> rows) {
        Object[] values = new Object[ArticleTables.TABLES.size()];
        for (int i = 0; i < values.length; i++) {
            ArticleTables.Table table = ArticleTables.TABLES.get(i);
            List<Object> tableRows = new ArrayList<>();
            for (Map<String, Object> row : rows.get(table.name())) {
                tableRows.add(row(table.columns(), row));
            }
            values[i] = tableRows.toArray();
        }
        return RowFactory.create(values);
    }

    private static Row row(List<ArticleTables.Column> columns, Map<String, Object> values) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(columns.get(i).type(), values.get(columns.get(i).name()));
        }
        return RowFactory.create(out);
    }

    @SuppressWarnings("unchecked")
    private static Object value(ArticleTables.ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof ArticleTables.StructOf s) {
            return row(s.fields(), (Map<String, Object>) value);
        }
        if (type instanceof ArticleTables.ListOf l) {
            List<Object> out = new ArrayList<>();
            for (Object element : (List<Object>) value) {
                out.add(value(l.element(), element));
            }
            return out.toArray();
        }
        return value;
    }

    private static StructType struct(List<ArticleTables.Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (ArticleTables.Column column : columns) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(ArticleTables.ColumnType type) {
        if (type instanceof ArticleTables.StructOf s) {
            return struct(s.fields());
        }
        if (type instanceof ArticleTables.ListOf l) {
            return DataTypes.createArrayType(type(l.element()), true);
        }
        return switch ((ArticleTables.Scalar) type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
