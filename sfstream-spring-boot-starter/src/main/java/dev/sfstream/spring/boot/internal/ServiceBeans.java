package dev.sfstream.spring.boot.internal;

import dev.sfstream.annotation.ServiceName;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/** Finds the beans whose class is annotated {@code @ServiceName}, from their definitions, without making any bean. */
public final class ServiceBeans {
    /**
     * A service bean.
     *
     * @param name the bean's name
     * @param type the service class (the user class behind any generated subclass)
     */
    public record ServiceBean(String name, Class<?> type) {
    }

    private ServiceBeans() {
    }

    /** The service beans of {@code beanFactory}, in definition order. */
    public static List<ServiceBean> find(ConfigurableListableBeanFactory beanFactory) {
        List<ServiceBean> found = new ArrayList<>();
        for (String name : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = beanFactory.getType(name, false);
            if (type != null && ClassUtils.getUserClass(type).isAnnotationPresent(ServiceName.class)) {
                found.add(new ServiceBean(name, ClassUtils.getUserClass(type)));
            }
        }
        return List.copyOf(found);
    }
}
