package org.storyline.spark.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storyline.model.AnnotatedArticle;
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

    /** The accepted article of a bundle row (see {@link #bundle}), or null for a rejection's bundle. */
    public static AnnotatedArticle article(Row bundle) {
        List<Map<String, Object>> articles = maps(bundle, ArticleTables.ARTICLES);
        if (articles.isEmpty()) {
            return null;
        }
        return ArticleTables.article(articles.get(0), maps(bundle, ArticleTables.ENTITIES),
                maps(bundle, ArticleTables.ACTORS), maps(bundle, ArticleTables.QUOTES),
                maps(bundle, ArticleTables.EVENTS));
    }

    /** A table's rows in a bundle row, each as a map from column name to value (lists as lists, structs as maps). */
    public static List<Map<String, Object>> maps(Row bundle, ArticleTables.Table table) {
        List<Row> rows = bundle.getList(ArticleTables.TABLES.indexOf(table));
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(map(table.columns(), row));
        }
        return out;
    }

    private static Map<String, Object> map(List<ArticleTables.Column> columns, Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            out.put(columns.get(i).name(), row.isNullAt(i) ? null : javaValue(columns.get(i).type(), row, i));
        }
        return out;
    }

    private static Object javaValue(ArticleTables.ColumnType type, Row row, int i) {
        if (type instanceof ArticleTables.StructOf s) {
            return map(s.fields(), row.getStruct(i));
        }
        if (type instanceof ArticleTables.ListOf l) {
            List<Object> elements = row.getList(i);
            List<Object> out = new ArrayList<>(elements.size());
            for (Object element : elements) {
                out.add(element == null ? null : javaElement(l.element(), element));
            }
            return out;
        }
        return row.get(i);
    }

    private static Object javaElement(ArticleTables.ColumnType type, Object element) {
        if (type instanceof ArticleTables.StructOf s) {
            return map(s.fields(), (Row) element);
        }
        if (type instanceof ArticleTables.ListOf l) {
            return javaValue(l, RowFactory.create(element), 0);
        }
        return element;
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
