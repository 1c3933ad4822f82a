package dev.sfstream.notification.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only views of JSON trees made of maps, lists and scalars: nothing is copied; each nested map or list is
 * wrapped when it is reached, so a handler cannot change what another handler of the same event sees.
 */
public final class ReadOnlyJson {
    private ReadOnlyJson() {
    }

    /** A read-only view of a JSON object. */
    public static Map<String, Object> view(Map<String, Object> object) {
        return object instanceof ObjectView ? object : new ObjectView(object);
    }

    /** A deep copy of a JSON object, for data that its owner may still change; key order and nulls kept. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copy(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((key, value) -> copy.put(key, copyOf(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyOf(item)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Object viewOf(Object value) {
        if (value instanceof ObjectView || value instanceof ListView) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new ObjectView((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return new ListView((List<Object>) list);
        }
        return value;
    }

    private static final class ObjectView extends AbstractMap<String, Object> {
        private final Map<String, Object> object;

        ObjectView(Map<String, Object> object) {
            this.object = object;
        }

        @Override
        public Object get(Object key) {
            return viewOf(object.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return object.containsKey(key);
        }

        @Override
        public int size() {
            return object.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, Object>> entries = object.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Entry<String, Object> entry = entries.next();
                            return new SimpleImmutableEntry<>(entry.getKey(), viewOf(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return object.size();
                }
            };
        }
    }

    private static final class ListView extends AbstractList<Object> {
        private final List<Object> list;

        ListView(List<Object> list) {
            this.list = list;
        }

        @Override
        public Object get(int index) {
            return viewOf(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
