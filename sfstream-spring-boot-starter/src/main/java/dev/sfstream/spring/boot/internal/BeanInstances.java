package dev.sfstream.spring.boot.internal;

import java.util.function.Supplier;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;

/** Makes a worker's service instance: a new instance of the prototype-scoped service bean. */
public final class BeanInstances implements Supplier<Object> {
    private final BeanFactory beanFactory;
    private final String beanName;

    public BeanInstances(BeanFactory beanFactory, String beanName) {
        this.beanFactory = beanFactory;
        this.beanName = beanName;
    }

    @Override
    public Object get() {
        Object bean = beanFactory.getBean(beanName);
        if (AopUtils.isAopProxy(bean)) {
            throw new IllegalStateException("sfstream service bean '" + beanName + "' is an AOP proxy ("
                    + bean.getClass().getName() + "): sfstream sets @Dependency fields on the instance it calls, which "
                    + "a proxy would not pass on; keep advice (e.g. @Transactional) on the beans the service calls");
        }
        return bean;
    }

    @Override
    public String toString() {
        return "bean '" + beanName + "'";
    }
}
