package dev.sfstream.rest.internal;

import dev.sfstream.rest.QueryPage;
import dev.sfstream.rest.QueryResults;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Query results that hold the first batch and fetch each later one when iteration reaches it. */
final class PagedQueryResults implements QueryResults {
    private final QueryPage first;
    private final Function<String, QueryPage> fetchNext;
    private final DataBinding binding;

    PagedQueryResults(QueryPage first, Function<String, QueryPage> fetchNext, DataBinding binding) {
        this.first = first;
        this.fetchNext = fetchNext;
        this.binding = binding;
    }

    @Override
    public long totalSize() {
        return first.totalSize();
    }

    @Override
    public QueryPage firstPage() {
        return first;
    }

    @Override
    public Iterator<Map<String, Object>> iterator() {
        return new PageIterator();
    }

    @Override
    public Stream<Map<String, Object>> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), first.totalSize(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public <T> Stream<T> stream(Class<T> type) {
        return stream().map(record -> binding.convert(record, type));
    }

    private final class PageIterator implements Iterator<Map<String, Object>> {
        private QueryPage page = first;
        private int index;

        @Override
        public boolean hasNext() {
            while (index >= page.records().size()) {
                if (page.done() || page.nextRecordsUrl() == null) {
                    return false;
                }
                page = fetchNext.apply(page.nextRecordsUrl());
                index = 0;
            }
            return true;
        }

        @Override
        public Map<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the query has no more records");
            }
            return page.records().get(index++);
        }
    }
}
