package dev.sfstream.spring.boot.internal;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextException;

/**
 * Makes every {@code @ServiceName} bean prototype-scoped, so that each sfstream worker gets a new instance from the
 * application context (constructor injection, {@code @Value}, bean post-processors) whose {@code @Dependency}
 * fields then hold that worker's values, as the container does without Spring. A service bean declared with a
 * scope other than singleton or prototype is refused, naming the bean.
 */
public final class ServiceBeanScope implements BeanFactoryPostProcessor {
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (ServiceBeans.ServiceBean service : ServiceBeans.find(beanFactory)) {
            if (!beanFactory.containsBeanDefinition(service.name())) {
                throw new ApplicationContextException("sfstream service bean '" + service.name() + "' ("
                        + service.type().getName() + ") is a registered object, not a bean definition: declare it "
                        + "with @Component or a @Bean method so that each worker gets a new instance");
            }
            BeanDefinition definition = beanFactory.getBeanDefinition(service.name());
            String scope = definition.getScope();
            if (scope != null && !scope.isEmpty() && !BeanDefinition.SCOPE_SINGLETON.equals(scope)
                    && !BeanDefinition.SCOPE_PROTOTYPE.equals(scope)) {
                throw new ApplicationContextException("sfstream service bean '" + service.name() + "' ("
                        + service.type().getName() + ") has scope '" + scope + "': sfstream makes a new instance "
                        + "per worker (prototype scope); remove the @Scope");
            }
            definition.setScope(BeanDefinition.SCOPE_PROTOTYPE);
        }
    }
}
